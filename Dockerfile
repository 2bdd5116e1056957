# clinicgraph API image: compiled with tsc, started against DATABASE_URL. The runtime
# stage holds only what `node dist/...` needs: no embedded PostgreSQL, TypeScript or swc
# (development dependencies), so production cannot fall back to the embedded server.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production
ENV PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
# dist/src (the server), dist/migrations, dist/scripts (node dist/scripts/token.js).
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
# Probes the port the server really listens on (PORT may be overridden at run time).
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/main.js"]
