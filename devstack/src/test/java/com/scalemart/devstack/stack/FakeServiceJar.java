package com.scalemart.devstack.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Builds an executable jar around one main class of the test sources, so the launcher can
 * run a misbehaving service through the same {@code java -jar} path as a real one.
 */
final class FakeServiceJar {

	private FakeServiceJar() {
	}

	static Path build(Path dir, Class<?> main) throws IOException {
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, main.getName());
		String entry = main.getName().replace('.', '/') + ".class";
		Path jar = dir.resolve(main.getSimpleName() + ".jar");
		try (OutputStream file = Files.newOutputStream(jar);
				JarOutputStream out = new JarOutputStream(file, manifest);
				InputStream in = main.getClassLoader().getResourceAsStream(entry)) {
			out.putNextEntry(new JarEntry(entry));
			in.transferTo(out);
			out.closeEntry();
		}
		return jar;
	}

}
