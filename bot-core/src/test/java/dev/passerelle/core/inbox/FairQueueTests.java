package dev.passerelle.core.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FairQueueTests {

    private final FairQueue<String> queue = new FairQueue<>();

    @Test
    void servesMembershipThenAnswersThenBackground() throws InterruptedException {
        queue.add(Lane.BACKGROUND, "alice", "capture");
        queue.add(Lane.ADDRESSED, "bob", "question");
        queue.add(Lane.SYSTEM, "system", "members");

        assertThat(drain()).containsExactly("members", "question", "capture");
    }

    @Test
    void peopleTakeTurnsSoOneBurstDelaysAnotherPersonByOneEventAtMost() throws InterruptedException {
        for (int i = 1; i <= 5; i++) {
            queue.add(Lane.ADDRESSED, "alice", "alice-" + i);
        }
        queue.add(Lane.ADDRESSED, "bob", "bob-1");
        queue.add(Lane.ADDRESSED, "carol", "carol-1");

        assertThat(drain()).containsExactly("alice-1", "bob-1", "carol-1", "alice-2", "alice-3", "alice-4", "alice-5");
    }

    @Test
    void eachPersonsOwnQuestionsKeepTheirOrder() throws InterruptedException {
        queue.add(Lane.ADDRESSED, "alice", "a1");
        queue.add(Lane.ADDRESSED, "bob", "b1");
        queue.add(Lane.ADDRESSED, "alice", "a2");
        queue.add(Lane.ADDRESSED, "bob", "b2");

        assertThat(drain()).containsExactly("a1", "b1", "a2", "b2");
    }

    @Test
    void theBackgroundStaysInArrivalOrderWhoeverWroteIt() throws InterruptedException {
        queue.add(Lane.BACKGROUND, "dave", "question in a thread");
        queue.add(Lane.BACKGROUND, "claire", "answer in the thread");
        queue.add(Lane.BACKGROUND, "dave", "thanks");

        assertThat(drain()).containsExactly("question in a thread", "answer in the thread", "thanks");
    }

    @Test
    void countsWhatWaitsInEachLane() {
        queue.add(Lane.BACKGROUND, "alice", "c1");
        queue.add(Lane.BACKGROUND, "alice", "c2");
        queue.add(Lane.ADDRESSED, "bob", "q1");

        assertThat(queue.size()).isEqualTo(3);
        assertThat(queue.size(Lane.ADDRESSED)).isEqualTo(1);
        assertThat(queue.size(Lane.BACKGROUND)).isEqualTo(2);
    }

    @Test
    void pollingAnEmptyQueueGivesNothingAfterTheWait() throws InterruptedException {
        assertThat(queue.poll(10, TimeUnit.MILLISECONDS)).isNull();
    }

    private List<String> drain() throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (String next = queue.poll(0, TimeUnit.MILLISECONDS); next != null;
                next = queue.poll(0, TimeUnit.MILLISECONDS)) {
            out.add(next);
        }
        return out;
    }
}
