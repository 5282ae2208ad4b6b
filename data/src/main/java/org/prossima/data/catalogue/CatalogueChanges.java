package org.prossima.data.catalogue;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Read-your-writes for the catalogue on this instance. The database itself tells every instance which rows catalogue
 * searches show changed (offerings, and the live seats of placement opportunities: their seats and coordinators'
 * decisions; V19's triggers, {@link CatalogueNotifications}). A writer of such rows calls {@link #changed()} so that
 * its own instance's searches have its write once the write returns: the writing thread waits, after the commit,
 * until this instance's snapshot has it. Searches never wait.
 */
@Component
public class CatalogueChanges {

    /** What a committed write waits for: by default nothing (no listener in this context). */
    private volatile Runnable afterCommit = () -> {
    };

    /**
     * Called by a write to the catalogue's rows: within a transaction, once for it, after its commit; without one,
     * at once (so the caller calls it after its write).
     */
    public void changed() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            afterCommit.run();
            return;
        }
        // Once per transaction: a bulk write of thousands of offerings waits once.
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(CatalogueChanges.this);
                if (status == STATUS_COMMITTED) {
                    afterCommit.run();
                }
            }
        });
    }

    /** What a committed write waits for on this instance ({@link CatalogueNotifications} sets it). */
    void afterCommit(Runnable wait) {
        this.afterCommit = wait;
    }
}
