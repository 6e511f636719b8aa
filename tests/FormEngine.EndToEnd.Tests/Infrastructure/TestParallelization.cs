// The browser tests and the kill -9 tests each start hosts and browsers; on a two-core CI machine running them side
// by side only makes each slower and their waits flakier, so the collections run one after another.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
