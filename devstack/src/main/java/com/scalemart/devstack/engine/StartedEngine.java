package com.scalemart.devstack.engine;

/**
 * An engine this launcher started.
 *
 * @param <E> the endpoint type
 * @param kind which engine
 * @param endpoint how to reach it
 * @param port its port
 * @param pid the process that serves it (the launcher itself for in-process Kafka)
 * @param url how a person reaches it, for the table
 * @param handle stops it
 */
public record StartedEngine<E>(EngineKind kind, E endpoint, int port, long pid, String url, AutoCloseable handle) {

}
