# Image for docker-compose.yml: built with the project's Maven wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY ops/competency-model ops/competency-model
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /app desk
WORKDIR /app
COPY --from=build /src/target/support-desk-*.jar /tmp/application.jar
# Spring Boot's class data sharing: the jar extracted, and the classes one start loads kept in an
# archive that later starts map instead of loading (README, Performance: start-up 11-14 s -> 8-9 s).
# The training start uses the embedded profile in /tmp and stops once the context is ready.
RUN java -Djarmode=tools -jar /tmp/application.jar extract --destination /app \
    && rm /tmp/application.jar \
    && cd /tmp \
    && java -XX:ArchiveClassesAtExit=/app/application.jsa -Dspring.context.exit=onRefresh -jar /app/application.jar \
    && rm -rf /tmp/data
USER desk
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application.jsa", "-jar", "/app/application.jar"]
