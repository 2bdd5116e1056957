/**
 * A GraphQL response body as read off the wire by tests that post raw HTTP (rather than
 * through the codegen-typed client). `Data` is the shape the test's operation asks for.
 */
export interface GraphQLBody<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: GraphQLBodyError[];
  extensions?: Record<string, unknown>;
}

export interface GraphQLBodyError {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}
