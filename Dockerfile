# quotebot: one image for the Discord bot and the Slack app (compose.yaml runs both).
#   docker build -t quotebot .
#   docker run --env-file .env -v quotebot-corpus:/data/corpus quotebot serve discord
ARG NODE_VERSION=22

# --- build: every dependency, TypeScript compiled once into dist/ ---------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
# better-sqlite3 (the Slack installs database) is the one native module: fetched prebuilt when the
# registry mirror has it, else compiled here, where the compiler is; the runtime stage copies the result.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ \
 && npm rebuild better-sqlite3 \
 && rm -rf /var/lib/apt/lists/*
COPY tsconfig.json tsconfig.build.json ./
COPY src src
COPY adapters adapters
COPY bench bench
COPY scripts scripts
RUN npm run build

# --- runtime: production dependencies and the built files, run as the unprivileged node user ------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    CORPUS_DIR=/data/corpus \
    SLACK_INSTALLATIONS_DB=/data/slack/installations.db \
    METRICS_PORT=9464 \
    METRICS_HOST=0.0.0.0
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/prepare.mjs scripts/prepare.mjs
# No install scripts: the build is done; the one native module comes built from the build stage.
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/node_modules/better-sqlite3/build node_modules/better-sqlite3/build
COPY --from=build /app/dist dist
COPY bin bin
COPY data data
# The built-in corpus seeds the volume the first time it is mounted; ingest writes there.
COPY --chown=node:node corpus /data/corpus
# The Slack app's installs in many workspaces (SLACK_CLIENT_ID): kept across restarts.
RUN mkdir -p /data/slack && chown node:node /data/slack && chmod 700 /data/slack
USER node
VOLUME ["/data/corpus", "/data/slack"]
# 3000: Slack's HTTP requests (and GET /healthz); 9464: /healthz and /metrics.
EXPOSE 3000 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "bin/quotebot.js", "health"]
ENTRYPOINT ["node", "bin/quotebot.js"]
CMD ["serve", "discord"]
