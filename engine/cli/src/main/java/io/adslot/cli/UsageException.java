package io.adslot.cli;

/** Wrong use of the command line: reported with exit code 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
