package careerbot.slack;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** Slack's Web API, as much of it as the bot uses. */
@Client(id = "slack", value = "${slack.api-url:`https://slack.com/api`}")
public interface SlackApi {

    /** Slack's answer envelope: {@code ok}, and {@code error} when not ok. */
    @Serdeable
    record Result(boolean ok, @Nullable String error) { }

    @Post(value = "/chat.postMessage", produces = MediaType.APPLICATION_JSON + ";charset=utf-8")
    HttpResponse<Result> postMessage(@Header("Authorization") String authorization, @Body Map<String, Object> message);
}
