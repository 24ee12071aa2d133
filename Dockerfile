# Image for docker-compose.yml: built with the project's Maven wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app desk
WORKDIR /app
COPY --from=build /src/target/support-desk-*.jar app.jar
USER desk
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
