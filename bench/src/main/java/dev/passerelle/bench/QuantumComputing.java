package dev.passerelle.bench;

import dev.passerelle.bench.ExpertSet.Piece;
import dev.passerelle.bench.ExpertSet.Query;
import dev.passerelle.bench.ExpertSet.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The Quantum Computing Stack Exchange dump (2018-03 to 2018-09), split by time as the CQA expert-finding protocol
 * asks (Dargahi Nobari et al., SIGIR 2017): what people did before {@link #SPLIT} is the evidence (answers, the
 * accepted ones as confirmed answers, questions asked); each later question with an accepted answer is a query, its
 * accepted answerer the expert to find, provided they have evidence before the split. Other answerers of that
 * question with a positive score, and evidence too, also count as relevant (for MAP).
 */
final class QuantumComputing {

    static final String FOLDER = "stackexchange-quantumcomputing-2018";
    static final Instant SPLIT = Instant.parse("2018-07-01T00:00:00Z");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Post(String id, boolean question, String parent, String owner, String title, String body,
            Set<String> tags, String accepted, int score, Instant at) {}

    private QuantumComputing() {
    }

    static ExpertSet load(Path data) {
        List<Post> posts = posts(data.resolve(FOLDER).resolve("Posts.xml"));
        Map<String, Post> byId = new HashMap<>();
        posts.forEach(p -> byId.put(p.id(), p));
        Set<String> acceptedAnswers = new HashSet<>();
        posts.stream().filter(Post::question).forEach(q -> acceptedAnswers.add(q.accepted()));

        List<Piece> evidence = new ArrayList<>();
        for (Post post : posts.stream().sorted(Comparator.comparing(Post::at)).toList()) {
            if (!post.at().isBefore(SPLIT) || post.owner().isEmpty()) {
                continue;
            }
            if (post.question()) {
                evidence.add(new Piece(post.id(), post.owner(), Role.QUESTION, post.title(), post.body(), null,
                        post.tags(), post.at()));
            } else {
                Post question = byId.get(post.parent());
                if (question == null || !question.at().isBefore(SPLIT)) {
                    continue;
                }
                Role role = acceptedAnswers.contains(post.id()) ? Role.CONFIRMED_ANSWER : Role.ANSWER;
                evidence.add(new Piece(post.id(), post.owner(), role, post.body(), null, question.id(),
                        question.tags(), post.at()));
            }
        }
        Set<String> known = new HashSet<>();
        evidence.stream().filter(p -> p.role() != Role.QUESTION).forEach(p -> known.add(p.person()));

        Map<String, List<Post>> answersOf = new HashMap<>();
        posts.stream().filter(p -> !p.question()).forEach(a -> answersOf.computeIfAbsent(a.parent(),
                k -> new ArrayList<>()).add(a));
        List<Query> queries = new ArrayList<>();
        for (Post q : posts) {
            if (!q.question() || q.at().isBefore(SPLIT) || q.accepted().isEmpty() || !byId.containsKey(q.accepted())) {
                continue;
            }
            String best = byId.get(q.accepted()).owner();
            if (!known.contains(best) || best.equals(q.owner())) {
                continue;
            }
            Set<String> relevant = new LinkedHashSet<>();
            relevant.add(best);
            answersOf.getOrDefault(q.id(), List.of()).stream()
                    .filter(a -> a.score() > 0 && known.contains(a.owner()) && !a.owner().equals(q.owner()))
                    .forEach(a -> relevant.add(a.owner()));
            queries.add(new Query(q.id(), q.title(), q.title() + "\n" + q.body(), best, relevant, q.owner(), q.tags()));
        }
        return new ExpertSet("quantumcomputing", evidence, queries, null);
    }

    private static List<Post> posts(Path file) {
        List<Post> posts = new ArrayList<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        // A dump counts every character reference of its file against the JDK's entity limit: lift it, the file is ours.
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("row")) {
                    String type = attr(xml, "PostTypeId");
                    if (!type.equals("1") && !type.equals("2")) {
                        continue;
                    }
                    String tags = attr(xml, "Tags");
                    posts.add(new Post(attr(xml, "Id"), type.equals("1"), attr(xml, "ParentId"),
                            attr(xml, "OwnerUserId"), text(attr(xml, "Title")), text(attr(xml, "Body")),
                            tags.isEmpty() ? Set.of()
                                    : new LinkedHashSet<>(Arrays.asList(tags.replaceAll("^<|>$", "").split("><"))),
                            attr(xml, "AcceptedAnswerId"),
                            attr(xml, "Score").isEmpty() ? 0 : Integer.parseInt(attr(xml, "Score")),
                            LocalDateTime.parse(attr(xml, "CreationDate")).toInstant(ZoneOffset.UTC)));
                }
            }
            xml.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return posts;
    }

    private static String attr(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    /** The post's HTML as plain text. */
    static String text(String html) {
        String text = TAG.matcher(html).replaceAll(" ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
