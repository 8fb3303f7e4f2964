package dev.corpusqa.config;

/** A usage or configuration error: reported as one clear line, exit code 2, never a stack trace. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
