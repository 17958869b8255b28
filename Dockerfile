# The app as a container image. Docker is not needed to build or test the app; this is for
# operators who run containers. Alternatively: ./mvnw spring-boot:build-image (Buildpacks).
#
#   docker build -t iop-fit-screener .
#   docker run -p 8080:8080 -e DATABASE_URL=jdbc:postgresql://db:5432/iopfit \
#     -e DATABASE_USERNAME=iopfit -e DATABASE_PASSWORD=... \
#     -e SCREENER_ANSWERSCOOKIE_SECRET=<the same 32+ characters on every instance> iop-fit-screener

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -q -Paot -Dmaven.test.skip=true package \
    && cp target/iop-fit-screener-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app iopfit
WORKDIR /app
COPY --from=build /src/app.jar /tmp/app.jar
COPY deploy/prepare.sh /tmp/prepare.sh
# The jar extracted and its class data sharing archive, made by this image's own JVM (the
# README's JVM options; the archive only works with the JVM that wrote it).
RUN /tmp/prepare.sh /tmp/app.jar /app/run && rm /tmp/app.jar /tmp/prepare.sh
USER iopfit
# PostgreSQL (the postgres profile); the JVM sized from the container's memory limit.
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:MaxNewSize=64m -XX:+ExitOnOutOfMemoryError -XX:SharedArchiveFile=/app/run/app.jsa -Dspring.aot.enabled=true"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/run/app.jar"]
