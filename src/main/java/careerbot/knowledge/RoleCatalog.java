package careerbot.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every role of every article, and where a text mentions one. Matching is by words, so it is case-insensitive,
 * plural-blind and forgives one typo in longer words; longer surface forms win over shorter ones they contain. The
 * last word of a role's name may name it alone ({@link BareHeads}).
 */
public final class RoleCatalog {

    /** A role found in a text: its canonical name and the span of text that named it. */
    public record Mention(String role, int start, int end) { }

    /** A way a role's name is written, as {@link Words#texts} splits it. */
    record Form(String role, List<String> words) { }

    private final TitleWords titleWords = new TitleWords();
    /** Every article naming a role, the one saying most of it first: a few at most, so finding one costs nothing. */
    private final Map<String, List<Article>> articlesOfRole = new HashMap<>();
    private final List<Form> forms = new ArrayList<>();
    /** Forms by their first word, so a text is matched against the few forms its words can start. */
    private final WordIndex<Form> byFirstWord = new WordIndex<>();
    /** One-word forms by their first letters, for a text naming the field instead ("plumbing" for the plumber). */
    private final Map<String, List<Form>> oneWordByStart = new HashMap<>();
    private final NameMatcher names;
    private final WordIndex<String> byNameWord = new WordIndex<>();
    private final RoleInitials initials;
    private final List<Role> roleList;
    /** Roles by name; an article naming a role another one names first adds nothing. */
    private final Map<String, Role> roles = new LinkedHashMap<>();

    public RoleCatalog(Collection<Article> articles) {
        this(articles, TitleShortForms.NONE);
    }

    public RoleCatalog(Collection<Article> articles, TitleShortForms shortForms) {
        // Names of two words hyphenated as users may type them ("au-pair"), matched as written only: not as a one-word
        // title whose field "au" names.
        var hyphenated = new ArrayList<Form>();
        for (var article : articles) {
            for (var role : article.roles()) {
                roles.putIfAbsent(role.name(), role);
                articlesOfRole.computeIfAbsent(role.name(), name -> new ArrayList<>(1)).add(article);
                var spellings = new LinkedHashSet<List<String>>();
                role.surfaceForms().forEach(form -> spellings.addAll(Words.spellings(Words.texts(form))));
                for (var words : spellings) {
                    forms.add(new Form(role.name(), words));
                    shortForms.of(words).forEach(shortForm -> forms.add(new Form(role.name(), shortForm)));
                    if (words.size() == 2) {
                        hyphenated.add(new Form(role.name(), List.of(words.get(0) + "-" + words.get(1))));
                    }
                }
            }
        }
        // A role named by a second article ("product manager vs. project manager") is still told of where most is said
        // of it (its responsibilities and examples, in "product owner vs. product manager"), whichever file sorts first.
        articlesOfRole.forEach((role, named) -> named.sort(Comparator.comparingLong(a -> -a.passagesAbout(role))));
        articles.forEach(this::addAcronymsTellingApart);
        addTailsOfLongNames();
        forms.stream().filter(f -> !f.words.isEmpty()).forEach(f -> byFirstWord.add(f.words.get(0), f));
        hyphenated.forEach(f -> byFirstWord.add(f.words.get(0), f));
        forms.forEach(f -> titleWords.add(f.role, f.words));
        forms.stream().filter(f -> f.words.size() == 1 && f.words.get(0).length() >= Words.FIELD_KEY).forEach(f ->
                oneWordByStart.computeIfAbsent(f.words.get(0).substring(0, Words.FIELD_KEY), k -> new ArrayList<>()).add(f));
        roleList = List.copyOf(roles.values());
        names = new NameMatcher(byFirstWord, oneWordByStart, titleWords, shortForms::isTopic);
        roleList.forEach(r -> Words.of(r.name()).forEach(w -> byNameWord.add(w.text(), r.name())));
        initials = new RoleInitials(roleList, (one, other) -> articleOf(one).equals(articleOf(other)));
    }

    /**
     * "UX" alone for the UX designer, in an article that sets it beside the UI designer: an acronym that is all that
     * tells apart two of its roles' names ("UX/UI designer", "can I switch from UI to UX?"). "HR" of "HR generalist"
     * beside a recruiter names a department, not the role.
     */
    private void addAcronymsTellingApart(Article article) {
        var twoWordForms = new ArrayList<Form>();
        for (var role : article.roles()) {
            for (var form : role.surfaceForms()) {
                var words = Words.of(form);
                var first = words.isEmpty() ? "" : form.substring(words.get(0).start(), words.get(0).end());
                if (words.size() == 2 && first.length() >= 2 && first.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                    twoWordForms.add(new Form(role.name(), words.stream().map(Words.Word::text).toList()));
                }
            }
        }
        for (var form : twoWordForms) {
            boolean besideAnother = twoWordForms.stream().anyMatch(other -> !other.role.equals(form.role)
                    && Words.singular(other.words.get(1)).equals(Words.singular(form.words.get(1))));
            if (besideAnother) {
                forms.add(new Form(form.role, List.of(form.words.get(0))));
            }
        }
    }

    /**
     * The last two words of a name of three or more, when no other role's name ends with them: "practical nurse" for
     * the licensed practical nurse, "nursing assistant" for the certified nursing assistant.
     */
    private void addTailsOfLongNames() {
        var rolesByTail = new HashMap<List<String>, Set<String>>();
        for (var form : forms) {
            if (form.words.size() >= 2) {
                rolesByTail.computeIfAbsent(form.words.subList(form.words.size() - 2, form.words.size()),
                        tail -> new HashSet<>()).add(form.role);
            }
        }
        for (var role : roles.values()) {
            var words = Words.texts(role.name());
            var tail = words.subList(Math.max(0, words.size() - 2), words.size());
            if (words.size() >= 3 && rolesByTail.get(tail).equals(Set.of(role.name()))) {
                forms.add(new Form(role.name(), List.copyOf(tail)));
            }
        }
    }

    public List<Role> roles() {
        return roleList;
    }

    /** How replies write a role: as its article does ("UI designer"), whatever case the user typed. */
    public String title(String roleName) {
        var role = roles.get(roleName);
        return role == null ? roleName : role.title();
    }

    /**
     * The covered role sharing most words with a title no article covers ("project manager" → "product manager"); of
     * several, one ending in the same word ("travel nurse" → "registered nurse", not "nurse practitioner"), then the
     * one most alike in its letters ("fisical therapist" → "physical therapist", not "occupational therapist"); none
     * when no role shares a word: a recruiter is no nearer a product owner than an HR generalist is.
     */
    public Optional<String> nearest(String title) {
        var votes = new HashMap<String, Integer>();
        for (var word : Words.of(title)) {
            for (var role : byNameWord.find(word.text())) {
                votes.merge(role, 1, Integer::sum);
            }
        }
        int most = votes.values().stream().max(Integer::compare).orElse(0);
        var head = lastWord(title);
        Comparator<String> endingAlike = Comparator.comparing(role -> head.equals(lastWord(role)));
        return votes.keySet().stream().filter(role -> votes.get(role) == most)
                .max(endingAlike.thenComparingInt(role -> Words.letterPairsShared(title, role)));
    }

    /** The last word of a title, singular. */
    private static String lastWord(String title) {
        var words = Words.texts(title);
        return words.isEmpty() ? "" : Words.singular(words.get(words.size() - 1));
    }

    /**
     * The roles a word that ends a title may mean, as the articles list them: "analyst" of the data analyst and the
     * business analyst, which it names neither alone; "nurse" of the registered nurse and the nurse practitioner.
     */
    public List<String> meantBy(String word) {
        return titleWords.meantBy(word);
    }

    /**
     * The first article on every one of the roles: "scrum master vs. product owner" is compared by the article on
     * both, though the first article on product owners is another one. None when no article names them all.
     */
    public Optional<Article> articleOnAll(Collection<String> roleNames) {
        if (roleNames.isEmpty()) {
            return Optional.empty();
        }
        var first = roleNames.iterator().next();
        return articlesOfRole.getOrDefault(first, List.of()).stream()
                .filter(article -> roleNames.stream().allMatch(name -> articlesOfRole.getOrDefault(name, List.of())
                        .contains(article)))
                .findFirst();
    }

    /** Whether a word alone, slips aside, is a name the role goes by ("vet", "DevOps"), rather than its field. */
    public boolean isNamedBy(String roleName, String word) {
        return byFirstWord.find(word).stream().anyMatch(form -> form.role.equals(roleName) && form.words.size() == 1);
    }

    /** The article a role comes from (the first, if several articles name it). */
    public Optional<Article> articleOf(String roleName) {
        var named = articlesOfRole.get(roleName);
        return named == null ? Optional.empty() : Optional.of(named.get(0));
    }

    /** The other roles of the article a role comes from: what the role is naturally compared with. */
    public List<String> counterparts(String roleName) {
        return articleOf(roleName).stream()
                .flatMap(a -> a.roles().stream())
                .map(Role::name)
                .filter(name -> !name.equals(roleName))
                .toList();
    }

    /** Head words of the known roles ("owner", "manager"): what a job title ends with. */
    public Set<String> headWords() {
        return titleWords.heads();
    }

    /** Role mentions in reading order, none overlapping; at each word the longest form that matches wins. */
    public List<Mention> mentions(String text) {
        return mentions(text, Words.of(text));
    }

    /** The mentions of a text already split into words, with those by a role's initials in capitals ("SREs"). */
    public List<Mention> mentions(String text, List<Words.Word> words) {
        return initials.withInitials(text, words, mentions(words, true));
    }

    /** The text with every role it names blanked out: what else it says. */
    public String withoutMentions(String text) {
        var rest = new StringBuilder(text);
        var found = mentions(text);
        for (int i = found.size() - 1; i >= 0; i--) {
            rest.replace(found.get(i).start(), found.get(i).end(), " ");
        }
        return rest.toString();
    }

    /** Role names spelled as the articles spell them (plural aside): for the articles' own text, which has no typos. */
    List<String> rolesNamedExactly(String text) {
        var words = Words.of(text);
        return distinctRoles(initials.withInitials(text, words, mentions(words, false)));
    }

    /** Whether a text is one role's name, as the articles spell it, and nothing else: "Counselor", "Social worker". */
    boolean isOneRoleName(String text) {
        return rolesNamedExactly(text).size() == 1 && withoutMentions(text).isBlank();
    }

    List<Mention> mentions(List<Words.Word> words, boolean typos) {
        return names.mentions(words, typos);
    }

    /** Distinct role names mentioned, in order of first mention. */
    public List<String> rolesIn(String text) {
        return distinctRoles(mentions(text));
    }

    /**
     * The roles a sentence of an article names: those {@link #rolesIn} finds, and the one of the article's roles that a
     * word ending several roles' names stands for there ("Managers report on reach…" in the article on social media
     * managers, though another article's product manager ends in it too); not a role named by its field after another
     * by its name, which is what that one studies or works in ("Financial analysts usually need a bachelor's degree in
     * finance, accounting or economics" names no economist).
     */
    public List<String> rolesIn(String text, Article article) {
        var words = Words.of(text);
        var found = mentions(text, words);
        var named = new ArrayList<Mention>();
        for (var mention : found) {
            if (named.isEmpty() || !isByItsField(text, mention) || isByItsField(text, named.get(0))) {
                named.add(mention);
            }
        }
        for (var word : words) {
            var ending = titleWords.endingIn(word.text());
            if (ending.size() < 2 || found.stream().anyMatch(m -> m.start() <= word.start() && word.end() <= m.end())) {
                continue;
            }
            var own = article.roles().stream().map(Role::name).filter(ending::contains).toList();
            if (own.size() == 1) {
                named.add(new Mention(own.get(0), word.start(), word.end()));
            }
        }
        named.sort(Comparator.comparingInt(Mention::start));
        return distinctRoles(named);
    }

    /**
     * Whether a role is named by one word that is no name of it nor a word of one: its field ("economics",
     * "plumbing"), not "analysts" for the cybersecurity analyst.
     */
    private boolean isByItsField(String text, Mention mention) {
        var word = text.substring(mention.start(), mention.end()).toLowerCase(Locale.ROOT);
        var singular = Words.singular(word);
        return Words.texts(word).size() == 1 && !isNamedBy(mention.role(), word) && Optional.ofNullable(roles.get(
                mention.role())).stream().flatMap(role -> role.surfaceForms().stream())
                .noneMatch(form -> Words.texts(form.toLowerCase(Locale.ROOT)).contains(singular));
    }

    private static List<String> distinctRoles(List<Mention> mentions) {
        return mentions.stream().map(Mention::role).distinct().toList();
    }
}
