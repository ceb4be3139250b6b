package dev.passerelle.core.bot;

import dev.passerelle.core.answering.Responses;
import dev.passerelle.core.curation.CommandRunner;
import dev.passerelle.core.knowledge.AskedWays;
import dev.passerelle.core.knowledge.PainBacking;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Feedback;
import dev.passerelle.core.knowledge.Reactions;
import dev.passerelle.core.knowledge.SourceChanges;
import dev.passerelle.core.knowledge.ThreadAnswers;

/** The features the bot hands events to, assembled once by {@link dev.passerelle.core.Passerelle}. */
public record Features(
        Capture capture,
        ThreadAnswers threads,
        Responses responses,
        CommandRunner commands,
        SourceChanges changes,
        Reactions reactions,
        Feedback feedback,
        HomeViews homes,
        AskedWays askedWays,
        PainBacking painBacking,
        ClickedCards clicked) {}
