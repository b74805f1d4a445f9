# Chatter: multi-stage build. The first stage builds the production jar (`./mvnw package`: Vaadin's prebuilt
# production bundle, no Node needed), the second runs it on a JRE 25 as an unprivileged user.
#   docker build -t chatter .
#   docker compose up --build        (two instances behind a sticky proxy, see compose.yaml)

FROM eclipse-temurin:25-jdk AS build
WORKDIR /build
# Dependencies first, so they are cached while only the sources change.
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN chmod +x mvnw && ./mvnw -B -q dependency:go-offline || true
COPY frontend/ frontend/
COPY src/ src/
RUN ./mvnw -B -DskipTests package \
    && cp target/chatter-*.jar /build/chatter.jar

FROM eclipse-temurin:25-jre
RUN groupadd --system chatter && useradd --system --gid chatter --home-dir /app --shell /usr/sbin/nologin chatter
WORKDIR /app
COPY --from=build /build/chatter.jar /tmp/chatter.jar
# Unpacked jar plus a JDK 25 AOT cache (classes loaded and linked ahead of time, method profiles) recorded by a
# training run that starts the application context and exits, and Spring AOT's generated bean definitions (in the
# jar, used with -Dspring.aot.enabled=true): see bench/results/startup.md for what they buy. The cache only fits
# this exact JVM and jar, so it is made here, in the image that runs it.
RUN java -Djarmode=tools -jar /tmp/chatter.jar extract --destination /app \
    && rm /tmp/chatter.jar \
    && cd /tmp && java -XX:AOTCacheOutput=/app/chatter.aot -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
         -jar /app/chatter.jar --spring.datasource.url=jdbc:h2:mem:training \
    && rm -rf /tmp/data \
    && chown -R root:root /app && chmod -R a+rX /app
USER chatter
ENV SPRING_PROFILES_ACTIVE=postgres,redis \
    PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# Ready = database reachable (Redis is left out on purpose: without it the instance still serves its users).
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/${PORT} && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"UP\"" <&3'
ENTRYPOINT ["java", "-XX:AOTCache=/app/chatter.aot", "-Dspring.aot.enabled=true", "-jar", "/app/chatter.jar"]
