package org.supportdesk.dependencies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The libraries that the jars the desk ships carry inside themselves, which no dependency list shows:
 * Maven artifacts bundled with their {@code pom.properties}, packages relocated under
 * {@code camundajar.impl}, and the JavaScript libraries of the webapps, read from the license headers
 * that their bundler keeps. One line each: {@code <jar> <kind> <library> [<version>]}.
 */
final class BundledLibraries {

    private static final Pattern POM_PROPERTIES = Pattern.compile("META-INF/maven/([^/]+)/([^/]+)/pom\\.properties");
    private static final String RELOCATED = "camundajar/impl/";
    /** {@code @license lodash@4.17.21}, {@code @license angular-route@1.9.9-route} */
    private static final Pattern NPM_LICENSE = Pattern.compile("@license (@?[\\w.-]+(?:/[\\w.-]+)?)@(\\d[\\w.-]*)");
    /** {@code jQuery JavaScript Library v3.7.1}, {@code @license DOMPurify 3.2.4 | ...}, {@code Chart.js v4.4.1} */
    private static final Pattern HEADER = Pattern.compile(
            "^[\\s/*!]*(?:@license\\s+)?(@?[A-Za-z][\\w.@/-]*(?: [A-Z][\\w.-]*)*?)(?: -)? v?(\\d+\\.\\d+\\.\\d+)\\b");

    private BundledLibraries() {
    }

    static List<String> of(List<Path> jars) throws IOException {
        TreeSet<String> lines = new TreeSet<>();
        for (Path jar : jars) {
            String jarName = jar.getFileName().toString().replaceFirst("\\.jar$", "");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    String name = entry.getName();
                    Matcher pom = POM_PROPERTIES.matcher(name);
                    if (pom.matches() && !jarName.startsWith(pom.group(2) + "-")) {
                        lines.add(jarName + " maven " + pom.group(1) + ":" + pom.group(2) + " " + version(zip, entry));
                    } else if (name.startsWith(RELOCATED) && name.endsWith(".class")) {
                        String[] parts = name.substring(RELOCATED.length()).split("/");
                        if (parts.length > 2) {
                            lines.add(jarName + " relocated " + parts[0] + "." + parts[1]);
                        }
                    } else if (name.endsWith(".LICENSE.txt")) {
                        javaScriptLibraries(zip, entry).forEach(library -> lines.add(jarName + " js " + library));
                    }
                }
            }
        }
        return new ArrayList<>(lines);
    }

    private static String version(ZipFile zip, ZipEntry entry) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            properties.load(in);
        }
        return properties.getProperty("version", "?");
    }

    private static List<String> javaScriptLibraries(ZipFile zip, ZipEntry entry) throws IOException {
        List<String> libraries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher npm = NPM_LICENSE.matcher(line);
                Matcher header = HEADER.matcher(line);
                if (npm.find()) {
                    libraries.add(npm.group(1) + " " + npm.group(2));
                } else if (header.find() && !header.group(1).startsWith("@version")) {
                    libraries.add(header.group(1).replace(' ', '_') + " " + header.group(2));
                }
            }
        }
        return libraries;
    }

    /** The jars of the runtime class path, as the build wrote them (dependency:build-classpath). */
    static List<Path> runtimeJars(Path classpathFile) throws IOException {
        String classpath = Files.readString(classpathFile).strip();
        List<Path> jars = new ArrayList<>();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }
}
