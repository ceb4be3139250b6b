package dev.passerelle.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstantiationAwareExtension.ExtensionContextScope;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Opens the {@link Conversation} that {@link WithConversation} declares, one per test, and hands it to the test's
 * non-final fields, its constructor's and its methods' parameters. It lives in the test's own store, so JUnit closes it when
 * the test ends, however it ends; the data directory goes with it.
 */
public final class ConversationExtension implements BeforeEachCallback, ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(ConversationExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Conversation chat = conversation(context);
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            fill(instance, chat);
        }
    }

    /** Constructor parameters too are resolved for the test about to run, never for the whole class. */
    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Conversation.class && context.getTestMethod().isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return conversation(context);
    }

    private static Conversation conversation(ExtensionContext context) {
        return context.getStore(NAMESPACE)
                .computeIfAbsent(Opened.class, key -> Opened.in(roles(context)), Opened.class).chat();
    }

    /** The nearest declaration: the test's own class, else the class it is nested in. */
    private static WithConversation roles(ExtensionContext context) {
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            var declared = AnnotationSupport.findAnnotation(type, WithConversation.class);
            if (declared.isPresent()) {
                return declared.get();
            }
        }
        throw new IllegalStateException(context.getRequiredTestClass().getName() + " is not @WithConversation");
    }

    private static void fill(Object instance, Conversation chat) {
        for (Class<?> type = instance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (field.getType() == Conversation.class && !Modifier.isStatic(modifiers)
                        && !Modifier.isFinal(modifiers)) {
                    try {
                        field.setAccessible(true);
                        field.set(instance, chat);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException("Cannot set " + field, e);
                    }
                }
            }
        }
    }

    /** One test's bot and the directory it keeps its data in; closing it deletes the directory. */
    private record Opened(Path dataDir, Conversation chat) implements AutoCloseable {

        static Opened in(WithConversation roles) {
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("passerelle-test-");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create a data directory for the test", e);
            }
            try {
                return new Opened(dataDir, Conversation.withRoles(dataDir, Set.of(roles.knowledgeManagers()),
                        Set.of(roles.admins())));
            } catch (RuntimeException e) {
                delete(dataDir);
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                chat.close();
            } finally {
                delete(dataDir);
            }
        }

        private static void delete(Path dataDir) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the test's data directory " + dataDir, e);
            }
        }
    }
}
