package org.providernetwork.api;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Deny by default: every resource method of the API names the roles that may call it, and none is open. */
class EveryResourceMethodStatesItsRolesTest {

    private static final List<Class<? extends Annotation>> HTTP = List.of(GET.class, POST.class, PUT.class,
            PATCH.class, DELETE.class);

    @Test
    void everyResourceMethodCarriesRolesAllowed() throws Exception {
        List<String> resourceMethods = new ArrayList<>();
        List<String> unguarded = new ArrayList<>();
        for (Class<?> type : apiClasses()) {
            if (!type.isAnnotationPresent(Path.class)) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (HTTP.stream().noneMatch(method::isAnnotationPresent)) {
                    continue;
                }
                String name = type.getSimpleName() + "." + method.getName();
                resourceMethods.add(name);
                RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
                if (roles == null || roles.value().length == 0 || method.isAnnotationPresent(PermitAll.class)
                        || type.isAnnotationPresent(PermitAll.class)) {
                    if (!method.isAnnotationPresent(DenyAll.class)) {
                        unguarded.add(name);
                    }
                }
            }
        }
        assertFalse(resourceMethods.isEmpty(), "resources were found");
        assertEquals(List.of(), unguarded, "resource methods without @RolesAllowed");
    }

    private static List<Class<?>> apiClasses() throws Exception {
        File root = new File(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.toPath())) {
            for (java.nio.file.Path file : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = root.toPath().relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                if (!name.endsWith("package-info")) {
                    classes.add(Class.forName(name, false, EveryResourceMethodStatesItsRolesTest.class.getClassLoader()));
                }
            }
        }
        return classes;
    }
}
