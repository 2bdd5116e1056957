/** The role requests run as; created by migration RowLevelSecurity1764200000000. */
export const APP_ROLE = 'clinicgraph_app';
