package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.capturedId;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.entryIds;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.replies;
import static dev.passerelle.app.chat.ChatLines.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The pain-point register through {@code chat --json}, in one process: a pain point reported, backed by "+1" and
 * "moi aussi" replied in its thread, listed, acknowledged and resolved by a manager (everyone who reported or
 * backed it told, in their language), a +1 taken back.
 */
class PainRegisterChatIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void reportBackListAcknowledgeResolveAndUnvote() {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--passerelle.roles.knowledge-managers=kim")) {
            JsonNode reported = chat.send(ChatLines.object("vpn", "sarah", "#painpoint The VPN drops every afternoon",
                    "team", "IT"));
            long id = capturedId(reported, "pain_point");
            chat.send(dm("fr", "emma", "Bonjour, est-ce que le réseau privé est aussi lent chez vous ?"));
            JsonNode sameHere = chat.send(ChatLines.object("same", "oliver", "same here", "thread", "vpn",
                    "team", "Sales"));
            JsonNode moiAussi = chat.send(ChatLines.object("moi", "emma", "moi aussi", "thread", "vpn",
                    "team", "Finance"));

            JsonNode list = chat.send(dm("list", "dave", "/kb painpoints"));
            JsonNode refused = chat.send(dm("member", "dave", "/kb pain " + id + " resolve"));
            JsonNode acknowledged = chat.send(dm("ack", "kim", "/kb pain " + id + " acknowledge IT is on it"));
            JsonNode listedFr = chat.send(dm("liste", "emma", "/kb irritants pris en compte"));
            JsonNode resolved = chat.send(dm("done", "kim", "/kb irritant " + id + " résolu nouveau routeur"));
            JsonNode unvoted = chat.send(dm("unvote", "oliver", "/kb unvote " + id));
            JsonNode unknown = chat.send(dm("unknown", "kim", "/kb pain 9999 resolve"));

            assertThat(text(sameHere)).startsWith("+1 on pain point #" + id + " (2 votes)");
            assertThat(text(moiAussi)).startsWith("+1 sur l’irritant #" + id + " (3 votes)");
            assertThat(entryIds(list)).containsExactly(id);
            assertThat(text(list)).contains("#" + id + " — 3 votes, +3 this week, 3 teams");
            assertThat(error(refused)).startsWith("Only knowledge managers can use “pain”");

            List<JsonNode> told = replies(acknowledged).stream().filter(reply -> reply.has("to")).toList();
            assertThat(told).extracting(reply -> reply.get("to").asString())
                    .containsExactlyInAnyOrder("sarah", "oliver", "emma");
            JsonNode toEmma = told.stream().filter(reply -> reply.get("to").asString().equals("emma")).findFirst()
                    .orElseThrow();
            assertThat(toEmma.get("channel").asString()).isEqualTo("dm-emma");
            assertThat(toEmma.get("language").asString()).isEqualTo("fr");
            assertThat(toEmma.get("text").asString()).contains("a été pris en compte par kim")
                    .endsWith("Note : IT is on it");
            assertThat(entryIds(listedFr)).containsExactly(id);

            assertThat(replies(resolved).stream().filter(reply -> reply.has("to")).map(reply -> reply.get("to")
                    .asString())).containsExactlyInAnyOrder("sarah", "oliver", "emma");
            assertThat(text(resolved)).startsWith("L’irritant #" + id + " est maintenant résolu");
            assertThat(text(unvoted)).startsWith("Took back your +1 on pain point #" + id + " (2 votes)");
            assertThat(error(unknown)).isEqualTo("No entry #9999 that you can see.");
        }
    }
}
