package careerbot.knowledge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Data scientists and data engineers, beside the seed, with blocks of code, headings led by emoji and a list of steps
 * under "Getting started": a lead-in to code, which no answer quotes, ends as a statement or goes when it only points
 * at the code; "how do I get started as…" is answered by the steps under a heading in its words.
 */
class DataCareersTest {

    private static final String ARTICLE = """
            ---
            title: "Data scientist vs data engineer"
            roles:
              - name: data scientist
                aliases: [DS]
              - name: data engineer
                aliases: [DE]
            ---

            # Data scientist vs data engineer

            ## 🧪 The data scientist

            Data scientists build statistical and machine-learning models that answer business questions, such as which
            customers are likely to cancel. A typical task looks like this:

            ```python
            model = LogisticRegression().fit(X_train, y_train)
            print(model.score(X_test, y_test))
            ```

            They spend much of their time cleaning data, running experiments and explaining results to stakeholders.

            ## 🛠️ The data engineer

            Data engineers build and maintain the pipelines that move data from source systems into a warehouse, where
            analysts and scientists can use it. Their day involves SQL, orchestration tools such as `Airflow`, and a
            lot of monitoring:

            ```sql
            SELECT order_id, SUM(amount) FROM orders GROUP BY order_id;
            ```

            When a nightly load fails, it is usually the data engineer who gets paged.

            ## ⚖️ Side by side

            | | Data scientist | Data engineer |
            |---|---|---|
            | Main output | Models, analyses, experiments | Pipelines, data platforms |
            | Core languages | Python, R, SQL | SQL, Python, Scala |
            | Typical tools | `scikit-learn`, Jupyter | `Airflow`, Spark, dbt |
            | Typical degree | Statistics or maths, often a master's | Computer science or software engineering |

            ## 💰 Salary

            According to Glassdoor (2024), the average base salary in the US is about $125,000 for data scientists and
            about $115,000 for data engineers.

            ## 🚀 Getting started

            1. Learn SQL well — both roles use it every day.
            2. For data science, add statistics and Python's data libraries.
            3. For data engineering, learn a cloud platform and a workflow tool.

            ## Which should I pick?

            Pick data science if you enjoy statistics, experiments and telling stories with numbers. Pick data
            engineering if you prefer building reliable systems and care more about how data flows than what it says.
            """;

    @RegisterExtension
    static final BotWithArticle bot = new BotWithArticle("data-scientist-vs-data-engineer.md", ARTICLE);

    @Test
    void aLeadInToCodeIsNoLeadInToTheNextSentence() {
        var scientist = bot.ask(null, "what does a data scientist do?").reply();
        assertTrue(scientist.contains("which customers are likely to cancel."), scientist);
        assertFalse(scientist.contains("looks like this"), scientist);
        var engineer = bot.ask(null, "what does a data engineer do").reply();
        assertTrue(engineer.contains("and a lot of monitoring.\n"), engineer);
    }

    @Test
    void gettingStartedIsAnsweredByTheStepsUnderItsHeading() {
        var started = bot.ask(null, "how do I get started as a data engineer?").reply();
        assertTrue(started.contains("For data engineering, learn a cloud platform and a workflow tool."), started);
        var degree = bot.ask(null, "what degree do I need to be a data engineer?").reply();
        assertTrue(degree.contains("Computer science or software engineering"), degree);
    }
}
