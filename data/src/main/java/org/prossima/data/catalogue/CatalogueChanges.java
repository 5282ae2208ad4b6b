package org.prossima.data.catalogue;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A version number of everything catalogue searches show: offerings, and the live seats of placement opportunities
 * (seats and coordinators' decisions). Every write there calls {@link #changed()}; cached search results of an older
 * version are not served. Within a transaction it moves on again after the commit, so that a search running
 * between the write and the commit cannot keep what it read.
 */
@Component
public class CatalogueChanges {

    private final AtomicLong version = new AtomicLong();

    public long version() {
        return version.get();
    }

    public void changed() {
        version.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    version.incrementAndGet();
                }
            });
        }
    }
}
