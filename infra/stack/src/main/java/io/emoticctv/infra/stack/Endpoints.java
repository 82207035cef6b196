package io.emoticctv.infra.stack;

/** Where the product processes find the shared servers. */
public record Endpoints(
    String kafkaBootstrap, String jdbcUrl, String dbUser, String dbPassword, int smtpPort) {}
