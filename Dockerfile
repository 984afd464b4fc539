# syntax=docker/dockerfile:1
# One image recipe for the platform's deployables (the services and the gateway); the build arg MODULE picks
# one (docker-compose.yml does, and the Kubernetes manifests in deploy/kubernetes/ run these images):
#   docker build --build-arg MODULE=referral-service --build-arg PORT=8082 -t partner-network/referral-service .
# Keycloak's image for Kubernetes is docker/keycloak/Dockerfile.

FROM eclipse-temurin:25-jdk AS build
ARG MODULE
RUN test -n "$MODULE" || { echo "Set the build arg MODULE, e.g. --build-arg MODULE=gateway" >&2; exit 1; }
WORKDIR /workspace
COPY . .
# The cache mount keeps Maven and the downloaded dependencies between builds; "locked" because
# compose builds the four images in parallel and they share it.
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -B -q -DskipTests -pl "$MODULE" -am package \
    && cp "$MODULE/target/$MODULE.jar" /workspace/app.jar

FROM eclipse-temurin:25-jre
ARG PORT=8080
RUN groupadd --system --gid 10001 partner \
    && useradd --system --uid 10001 --gid partner --no-create-home --shell /usr/sbin/nologin partner
WORKDIR /app
COPY --from=build /workspace/app.jar app.jar
# The image has no curl: the check speaks HTTP through bash's /dev/tcp.
COPY --chmod=755 docker/healthcheck.sh /usr/local/bin/healthcheck
# Refuses to start while a secret is still the CHANGE-ME placeholder of deploy/kubernetes/secrets/.
COPY --chmod=755 docker/refuse-placeholders.sh /usr/local/bin/refuse-placeholders
USER 10001:10001
# The heap gets half of the container's memory limit; metaspace, threads and buffers need the rest.
ENV SERVER_PORT=${PORT} \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=50 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=3 CMD ["healthcheck"]
ENTRYPOINT ["refuse-placeholders", "java", "-jar", "/app/app.jar"]
