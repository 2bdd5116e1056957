import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { RequestContext } from '../../context';
import { Clinic, Organization } from '../organization/organization.entity';
import { clinicById, clinicsOfOrganization, organizationById } from '../organization/organization.service';
import { ViewerProfile } from './viewer.types';

@Resolver(() => ViewerProfile)
export class ViewerResolver {
  @Authorized()
  @Query(() => ViewerProfile, { description: 'Who am I: subject, role, organization and clinics. Requires a bearer token (any role).' })
  viewer(@Ctx() ctx: RequestContext): ViewerProfile {
    const { viewer } = ctx;
    if (viewer.kind === 'anonymous') throw new Error('unreachable: @Authorized admits signed-in viewers only');
    return Object.assign(new ViewerProfile(), {
      subject: viewer.subject,
      role: viewer.role,
      organizationId: viewer.kind === 'member' ? viewer.organizationId : null,
      clinicIds: viewer.kind === 'member' ? viewer.clinicIds : null,
    });
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The organization of the membership in use; null for PLATFORM_ADMIN.' })
  organization(@Root() profile: ViewerProfile, @Ctx() ctx: RequestContext): Promise<Organization | null> {
    return profile.organizationId ? organizationById(ctx, profile.organizationId) : Promise.resolve(null);
  }

  @FieldResolver(() => [Clinic], {
    description:
      'The clinics a clinic-scoped role is limited to; the first 100 clinics of the organization for organization-wide roles; empty for PLATFORM_ADMIN.',
  })
  async clinics(@Root() profile: ViewerProfile, @Ctx() ctx: RequestContext): Promise<Clinic[]> {
    if (!profile.organizationId) return [];
    if (profile.clinicIds) {
      const clinics = await Promise.all(profile.clinicIds.map((id) => clinicById(ctx, id)));
      return clinics.filter((c): c is Clinic => c !== null).sort((a, b) => a.name.localeCompare(b.name));
    }
    return (await clinicsOfOrganization(ctx, profile.organizationId, {}, { first: 100 })).edges.map((e) => e.node);
  }
}
