package careerbot.web;

import careerbot.knowledge.KnowledgeBase;
import careerbot.nlu.Interpreter;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

import java.util.LinkedHashMap;

/**
 * {@code /health} (and {@code /health/readiness}): the knowledge base served, and whether the intent model is
 * trained, which is when the bot is ready to answer.
 */
@Singleton
@Readiness
public class KnowledgeHealthIndicator implements HealthIndicator {

    private final KnowledgeBase knowledge;
    private final Interpreter interpreter;

    public KnowledgeHealthIndicator(KnowledgeBase knowledge, Interpreter interpreter) {
        this.knowledge = knowledge;
        this.interpreter = interpreter;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        var details = new LinkedHashMap<String, Object>();
        details.put("documents", knowledge.articles().size());
        details.put("passages", knowledge.passages().size());
        details.put("roles", knowledge.roles().roles().size());
        details.put("intentModel", interpreter.isReady() ? "trained" : "training");
        var status = interpreter.isReady() ? HealthStatus.UP : HealthStatus.DOWN;
        return Publishers.just(HealthResult.builder("knowledge", status).details(details).build());
    }
}
