package careerbot.knowledge;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the articles, intents and templates live.
 *
 * @param path folder holding {@code *.md} and {@code *.txt} articles, {@code intents.yml}, {@code templates.yml}
 *             and {@code synonyms.txt}
 */
@ConfigurationProperties(KnowledgeConfiguration.PREFIX)
public record KnowledgeConfiguration(@Bindable(defaultValue = "knowledge") String path) {
    public static final String PREFIX = "careerbot.knowledge";
}
