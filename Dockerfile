# syntax=docker/dockerfile:1
# Tidtam (ติดตาม): build the fat jar, then run it on a JRE as a non-root user.
# สร้าง jar ในขั้นแรก แล้วรันบน JRE ด้วยผู้ใช้ที่ไม่ใช่ root

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
# the whole context (see .dockerignore): src/, flex-templates/ (a resource folder of the POM), mvnw, .mvn/
COPY . .
# dependencies stay in a BuildKit cache between builds
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -DskipTests package && cp target/tidtam.jar /tidtam.jar

FROM eclipse-temurin:17-jre
ENV TZ=Asia/Bangkok \
    LANG=C.UTF-8 \
    TIDTAM_DATA_DIR=/app/data \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:InitialRAMPercentage=25 -XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC -Duser.timezone=Asia/Bangkok -Dfile.encoding=UTF-8 -Djava.security.egd=file:/dev/./urandom"
RUN groupadd --system tidtam \
    && useradd --system --gid tidtam --home-dir /app --shell /usr/sbin/nologin tidtam \
    && mkdir -p /app/data \
    && chown -R tidtam:tidtam /app
WORKDIR /app
COPY --from=build --chown=tidtam:tidtam /tidtam.jar /app/tidtam.jar
USER tidtam
EXPOSE 8080
VOLUME ["/app/data"]
# bash only (the image need not have curl or wget): an HTTP/1.0 GET over /dev/tcp, healthy on a 200
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200'"]
ENTRYPOINT ["java", "-jar", "/app/tidtam.jar"]
