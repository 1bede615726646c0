package careerbot;

import careerbot.knowledge.KnowledgeFileException;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import org.slf4j.LoggerFactory;

public class Application extends Micronaut {

    public static void main(String[] args) {
        new Application().args(args).mainClass(Application.class).banner(false).start();
    }

    /** A knowledge file an editor broke: one line naming the file and the problem, not a stack trace. */
    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof KnowledgeFileException problem) {
                LoggerFactory.getLogger(Application.class).error("Cannot start: {}", problem.getMessage());
                System.exit(1);
            }
        }
        super.handleStartupException(environment, exception);
    }
}
