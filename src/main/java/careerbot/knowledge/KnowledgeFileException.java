package careerbot.knowledge;

import java.nio.file.Path;

/** A knowledge file the bot can't use; its message is the one line an editor needs: the file and what is wrong. */
public class KnowledgeFileException extends RuntimeException {

    public KnowledgeFileException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public KnowledgeFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
