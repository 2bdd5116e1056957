/**
 * In production, no error may suggest names from the schema ("Did you mean ...?"):
 * with introspection off, suggestions would still let a caller rebuild it by guessing.
 * Apollo's `hideSchemaDetailsFromClientErrors` strips them from validation errors only;
 * variables are coerced later, at execution (`{"filter": {"concren": ...}}` answers
 * `Did you mean "concern"?`), so this plugin strips them from every error a request meets.
 */
import { ApolloServerPlugin, BaseContext } from '@apollo/server';

/** graphql-js appends suggestions as the message's last sentence. */
const SUGGESTION = / ?Did you mean .+\?$/s;

export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

export function hideSuggestionsPlugin(): ApolloServerPlugin<BaseContext> {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
    async requestDidStart() {
      return {
        // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
        async didEncounterErrors({ errors }) {
          for (const error of errors) error.message = withoutSuggestions(error.message);
        },
      };
    },
  };
}
