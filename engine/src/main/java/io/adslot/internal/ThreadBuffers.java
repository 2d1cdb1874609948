package io.adslot.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Whether a buffer kept in a {@link ThreadLocal} pays off on the current thread.
 *
 * <p>The scanner and the splice keep a buffer per thread so that a render allocates little beyond its
 * output. That holds on platform threads, which serve request after request. A virtual thread (JDK 21+)
 * usually serves one request and dies, so a thread-local buffer would be allocated for every request
 * and be larger than what it saves: there the engine allocates what the request needs instead.
 *
 * <p>Not API: public only so that the engine's packages can share it.
 */
public final class ThreadBuffers {

    /** {@code Thread.isVirtual()} where the runtime has it (JDK 21+), else null: the engine is built for JDK 17. */
    private static final MethodHandle IS_VIRTUAL = isVirtualHandle();

    private ThreadBuffers() {
    }

    /** True when the current thread is a platform thread, on which a thread-local buffer is reused. */
    public static boolean worthKeeping() {
        if (IS_VIRTUAL == null) {
            return true;
        }
        try {
            return !(boolean) IS_VIRTUAL.invokeExact(Thread.currentThread());
        } catch (Throwable e) {
            return false;
        }
    }

    private static MethodHandle isVirtualHandle() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
