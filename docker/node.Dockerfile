# The api and the worker: one image, two commands. TypeScript runs through SWC at start-up
# (scripts/register.js), exactly as in development and tests.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NX_DAEMON=false
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json .swcrc ./
COPY apps/api apps/api
COPY apps/worker apps/worker
COPY libs libs
COPY migrations migrations
COPY scripts scripts
USER node
EXPOSE 3000
CMD ["node", "-r", "./scripts/register.js", "apps/api/src/main.ts"]
