package com.chatter.realtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks keyed by channel on a fixed set of single-thread lanes: the tasks of one channel always go to the same
 * lane, so they run one after the other in the order they were handed in, while different channels run in
 * parallel. Every lane has a bounded queue; when it is full the task is refused (never blocks the caller, never
 * grows without bound) and the caller decides what to do instead.
 */
final class OrderedDispatcher implements AutoCloseable {

    private final List<ThreadPoolExecutor> lanes;

    OrderedDispatcher(String name, int laneCount, int queueCapacity) {
        if (laneCount < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("At least one lane with room for one task");
        }
        lanes = new ArrayList<>(laneCount);
        for (int i = 0; i < laneCount; i++) {
            var threadName = name + "-" + i;
            lanes.add(new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(queueCapacity),
                    task -> Thread.ofPlatform().name(threadName).daemon().unstarted(task),
                    new ThreadPoolExecutor.AbortPolicy()));
        }
    }

    /** Queues the task on the channel's lane; false when that lane is full or the dispatcher is closed. */
    boolean dispatch(String channel, Runnable task) {
        try {
            lanes.get(Math.floorMod(channel.hashCode(), lanes.size())).execute(task);
            return true;
        } catch (RejectedExecutionException full) {
            return false;
        }
    }

    /** Tasks waiting in all lanes. */
    int queued() {
        return lanes.stream().mapToInt(lane -> lane.getQueue().size()).sum();
    }

    @Override
    public void close() {
        lanes.forEach(ThreadPoolExecutor::shutdown);
        for (var lane : lanes) {
            try {
                if (!lane.awaitTermination(5, TimeUnit.SECONDS)) {
                    lane.shutdownNow();
                }
            } catch (InterruptedException e) {
                lane.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }
}
