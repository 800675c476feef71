package org.recognitionetl.store;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets one chunk at a time write the store, from the start of its write until its transaction has
 * committed or rolled back. Partitions read and analyse in parallel; only the short write is
 * serialised. Why: a chunk decides which file keeps a duplicate URL, and whether an entity or
 * speaker row exists, from what earlier chunks committed. Holding the gate until the commit means
 * every chunk sees all the chunks written before it, so two partitions never insert the same
 * article, entity or speaker and never wait on each other's row locks in H2.
 */
public final class StoreWriteGate {
    private final ReentrantLock lock = new ReentrantLock(true);

    /**
     * Enters the gate for the rest of the current transaction. Outside a transaction (a writer used
     * on its own) there is nothing to hold on to, and the caller is alone anyway.
     */
    public void enterUntilTransactionEnds() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        lock.lock();
        try {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    lock.unlock();
                }
            });
        } catch (RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }
}
