package dev.taskchat.migrations.lint;

import dev.taskchat.migrations.sql.SqlStatement;
import dev.taskchat.migrations.sql.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reviewed exception, written in the comments right before the statement it is about:
 *
 * <pre>
 * -- lint: allow index-without-concurrently because tags holds at most a few hundred rows
 * create index tags_name_idx on tags (name);
 * </pre>
 *
 * <p>The reason is mandatory: it is what the reviewer approved. Several rules can be named, separated by
 * commas.
 *
 * @param line the comment's line
 * @param rules the rules it allows (empty when it could not be read)
 * @param reason the text after "because"
 * @param problem why the directive itself is wrong, or null when it is fine
 */
record AllowDirective(int line, Set<Rule> rules, String reason, String problem) {

    private static final Pattern DIRECTIVE = Pattern.compile("--\\s*lint\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLOW = Pattern.compile(
            "\\s*allow\\s+([a-z0-9-]+(?:\\s*,\\s*[a-z0-9-]+)*)\\s*(?:\\bbecause\\b(.*))?", Pattern.CASE_INSENSITIVE);

    static List<AllowDirective> before(SqlStatement statement) {
        List<AllowDirective> directives = new ArrayList<>();
        for (Token comment : statement.leadingComments()) {
            parse(comment).ifPresent(directives::add);
        }
        return directives;
    }

    static Optional<AllowDirective> parse(Token comment) {
        Matcher directive = DIRECTIVE.matcher(comment.text().strip());
        if (!directive.matches()) {
            return Optional.empty();
        }
        int line = comment.line();
        Matcher allow = ALLOW.matcher(directive.group(1));
        if (!allow.matches()) {
            return Optional.of(broken(
                    line,
                    "cannot read '" + comment.text().strip()
                            + "': expected -- lint: allow <rule-id> because <reason>"));
        }
        Set<Rule> rules = new LinkedHashSet<>();
        for (String id : allow.group(1).split("\\s*,\\s*")) {
            Optional<Rule> rule = Rule.byId(id.strip());
            if (rule.isEmpty()) {
                return Optional.of(broken(line, "allow names an unknown rule '" + id.strip() + "'"));
            }
            if (!rule.get().allowable()) {
                return Optional.of(broken(line, "rule " + id.strip() + " cannot be allowed"));
            }
            rules.add(rule.get());
        }
        String reason = allow.group(2) == null ? "" : allow.group(2).strip();
        if (reason.isEmpty()) {
            return Optional.of(new AllowDirective(
                    line, rules, "", "allow " + allow.group(1).strip() + " without a reason"));
        }
        return Optional.of(new AllowDirective(line, rules, reason, null));
    }

    private static AllowDirective broken(int line, String problem) {
        return new AllowDirective(line, Set.of(), "", problem);
    }
}
