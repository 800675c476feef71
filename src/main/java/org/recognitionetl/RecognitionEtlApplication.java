package org.recognitionetl;

import org.recognitionetl.cli.Cli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application; {@link Cli} parses the command line and starts it. */
@SpringBootApplication
public class RecognitionEtlApplication {

    public static void main(String[] args) {
        int code = Cli.run(args, System.out, System.err);
        if (!Cli.shutdownInProgress()) {
            System.exit(code);
        }
    }
}
