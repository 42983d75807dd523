FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Workflow code is bundled once here rather than by every worker at start; the web app is
# built from the API's OpenAPI document and served by the api from apps/web/dist.
RUN node -r @swc-node/register scripts/bundle-workflows.ts dist/workflow-bundle.js \
  && npm run -s web:build \
  && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
COPY --from=build /app /app
USER node
