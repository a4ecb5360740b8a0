package id.seimbang.system;

/**
 * State every instance keeps in memory that another instance can change in the database (the active policy, the
 * workforce snapshot, …). {@link ClusterSync} calls {@link #check()} on its one thread whenever a change is
 * announced (PostgreSQL NOTIFY) and at least every {@code seimbang.cluster.poll-interval}; a check compares the
 * database with what this instance holds and catches up when they differ. It must be cheap when nothing changed.
 */
public interface ClusterWatch {

    void check();
}
