# The API alone; Neo4j runs as its own service (see docker-compose.yml).
# Build stage: compile the TypeScript to JavaScript (dist/) with the dev dependencies.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npx tsc -p tsconfig.build.json && node scripts/copyStatic.js

# Run stage: production dependencies and the compiled code only, as the unprivileged `node` user.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY schema ./schema
COPY seeds ./seeds
COPY --from=build /app/dist ./dist
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "dist/main.js"]
