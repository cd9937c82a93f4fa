# One image for every registre process: `worker` (default), `serve`, `enqueue`, `jobs`…
# Node 20 (the range package.json allows) on Debian 12, with poppler-utils for pdftoppm
# (scanned PDF pages are rendered in a child process, keeping the event loop free).
#
#   docker build -t registre .
#   docker run --rm registre --help

FROM node:20-bookworm-slim AS deps
WORKDIR /app
# Toolchain only for native modules without a matching prebuilt binary (better-sqlite3
# builds from source when its prebuilt download is not reachable); not in the final image.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# tsx (in dependencies) runs the TypeScript; dev tools (vitest, tsc) stay out.
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends poppler-utils \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    REGISTRE_DATA_DIR=/data
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY workers ./workers
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# Node is PID 1's child under `init: true` (compose) or `docker run --init`: SIGTERM reaches
# the CLI, which finishes or hands back its jobs before exiting.
ENTRYPOINT ["node", "bin/registre.js"]
CMD ["worker"]
