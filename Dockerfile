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
COPY deploy/prepare.sh deploy/jvm.options /tmp/deploy/
# The jar extracted, its class data sharing archive made by this image's own JVM (the archive
# only works with the JVM that wrote it) and the README's JVM options (/app/run/jvm.options).
RUN /tmp/deploy/prepare.sh /tmp/app.jar /app/run && rm -r /tmp/app.jar /tmp/deploy
USER iopfit
# PostgreSQL (the postgres profile); the heap sized from the container's memory limit.
ENV SPRING_PROFILES_ACTIVE=postgres \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70"
EXPOSE 8080
ENTRYPOINT ["java", "@/app/run/jvm.options", "-jar", "/app/run/app.jar"]
