# syntax=docker/dockerfile:1
# Mend in a container: `docker compose up` (see docker-compose.yml) or
#   docker build -t mend . && docker run -p 3000:3000 -v mend-data:/app/data mend
# Stages: a toolchain (better-sqlite3 compiles natively), production dependencies, the build, and a
# slim runtime holding only what serving needs, run as the unprivileged `node` user.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./

# Production dependencies only. --ignore-scripts keeps the package's own `prepare` (a full build)
# from running here; better-sqlite3 is then compiled on its own.
FROM toolchain AS prod-deps
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
  && npm rebuild better-sqlite3 \
  && npm cache clean --force

# Every dependency, to train the classifier, compile the server and bundle the web client.
FROM toolchain AS build
RUN npm ci --ignore-scripts --no-audit --no-fund && npm rebuild esbuild
COPY . .
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATABASE_URL=sqlite:/app/data/mend.db
WORKDIR /app
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
COPY --from=build /app/scenarios ./scenarios
# The SQLite file lives here when DATABASE_URL is not PostgreSQL; the only place the app writes.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3000
VOLUME ["/app/data"]
# Slim images have no curl: ask /healthz (which also checks the store) with Node's own fetch.
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# The server bundled into one file by `npm run build` (scripts/bundle-server.mjs): it starts faster.
# main.ts handles SIGTERM itself: finishes turns in flight, closes sockets with 1001, closes the store.
CMD ["node", "dist/mend-server.js"]
