package org.draftingdesk.trace;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import org.draftingdesk.input.UserText;

/**
 * Sentence embeddings from bge-small-en-v1.5 (quantised, 384 dimensions), a model shipped inside a
 * jar: it runs offline and never fetches anything. Loaded on first use. Called only by the
 * embedding worker ({@link EmbeddingQueue}), never inside a write transaction.
 */
@ApplicationScoped
public class Embedder {

    private volatile BgeSmallEnV15QuantizedEmbeddingModel model;

    private BgeSmallEnV15QuantizedEmbeddingModel model() {
        BgeSmallEnV15QuantizedEmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new BgeSmallEnV15QuantizedEmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }

    /** A unit-length vector for the text; all zeros (similar to nothing) for text with nothing visible. */
    public float[] embed(String text) {
        if (UserText.isEmpty(text)) {
            return new float[model().dimension()];
        }
        float[] v = model().embed(text).content().vector();
        return normalised(v);
    }

    static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v;
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }

    /** Cosine similarity of two unit vectors. */
    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
