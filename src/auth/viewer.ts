/**
 * Who is asking. Until identity lands every request is anonymous and reads the public
 * catalog; members (subject, role, organization, clinics) extend this union.
 */
export interface AnonymousViewer {
  kind: 'anonymous';
}

export type Viewer = AnonymousViewer;

export const ANONYMOUS: AnonymousViewer = { kind: 'anonymous' };
