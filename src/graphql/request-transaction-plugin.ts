/**
 * The request's own transaction, from the operation to the response: it reads in one
 * READ ONLY transaction (each mutation field writes in a transaction of its own,
 * committed before its payload is resolved: common/mutation.ts), records the health data
 * the response carries, and closes before the response leaves.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { RequestContext } from '../context';
import { recordHealthReads } from '../modules/patient/patient-access.service';

export function requestTransactionPlugin(log: (message: string, cause?: unknown) => void): ApolloServerPlugin<RequestContext> {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
    async requestDidStart() {
      return {
        // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's plugin interface types every hook as returning a Promise
        async didResolveOperation({ contextValue, operation }) {
          contextValue.db.markReadOnly();
          // A query reads on the replica when one is configured; a mutation stays on the primary.
          if (operation?.operation === OperationTypeNode.QUERY) contextValue.db.readFromReplica();
        },
        async willSendResponse({ contextValue, response }) {
          // Health data read by the request is recorded before the response leaves.
          await recordHealthReads(contextValue, response, log);
          // Only reads remain open here: a failed COMMIT loses nothing the response claims.
          await contextValue.db.finish(true).catch((error: unknown) => log('closing a request transaction failed', error));
        },
      };
    },
  };
}
