package dev.corpusqa.job;

import dev.corpusqa.store.DocumentRow;
import dev.corpusqa.store.QaStore;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the documents still to validate of one partition ({@code minId..maxId}) page by page
 * (documents already validated, or copied from an earlier run, are skipped). Its position
 * (the last document id handed out) is saved in the step execution context at every commit, so a
 * restarted partition resumes after the last committed chunk.
 */
public final class DocumentRangeReader implements ItemStreamReader<DocumentRow> {

    static final String LAST_ID = "lastDocId";

    private final QaStore store;
    private final long runId;
    private final int maxId;
    private final int page;
    private int lastRead;
    private int lastFetched;
    private final Deque<DocumentRow> buffer = new ArrayDeque<>();

    public DocumentRangeReader(QaStore store, long runId, int minId, int maxId, int page) {
        this.store = store;
        this.runId = runId;
        this.maxId = maxId;
        this.page = page;
        this.lastRead = minId - 1;
        this.lastFetched = minId - 1;
    }

    @Override
    public void open(ExecutionContext ctx) throws ItemStreamException {
        if (ctx.containsKey(LAST_ID)) {
            lastRead = ctx.getInt(LAST_ID);
            lastFetched = lastRead;
        }
    }

    @Override
    public void update(ExecutionContext ctx) throws ItemStreamException {
        ctx.putInt(LAST_ID, lastRead);
    }

    @Override
    public DocumentRow read() {
        if (buffer.isEmpty()) {
            if (lastFetched >= maxId) {
                return null;
            }
            buffer.addAll(store.documentsToValidate(runId, lastFetched, maxId, page));
            if (buffer.isEmpty()) {
                lastFetched = maxId;
                return null;
            }
            lastFetched = buffer.peekLast().docId();
        }
        DocumentRow r = buffer.poll();
        lastRead = r.docId();
        return r;
    }
}
