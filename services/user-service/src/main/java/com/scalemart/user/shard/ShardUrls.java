package com.scalemart.user.shard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The default shard URLs, derived from the directory database's. */
final class ShardUrls {

	private static final Pattern MARIADB_URL = Pattern.compile("(jdbc:mariadb://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");

	private ShardUrls() {
	}

	/**
	 * {@code count} databases on the directory's server, named after it.
	 * @param directoryUrl e.g. {@code jdbc:mariadb://127.0.0.1:3306/scalemart_users}
	 * @param count how many
	 * @return e.g.
	 * {@code jdbc:mariadb://127.0.0.1:3306/scalemart_users_s0?createDatabaseIfNotExist=true}
	 */
	static List<String> besideDirectory(String directoryUrl, int count) {
		List<String> urls = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			urls.add(besideDirectory(directoryUrl, "s" + i));
		}
		return urls;
	}

	/**
	 * A database on the directory's server named after it with a suffix.
	 * @param directoryUrl the directory's URL
	 * @param suffix e.g. {@code s2}
	 * @return its URL, creating the database on first connect
	 */
	static String besideDirectory(String directoryUrl, String suffix) {
		Matcher url = MARIADB_URL.matcher(directoryUrl);
		if (!url.matches()) {
			throw new IllegalArgumentException(
					"cannot derive shard URLs from " + directoryUrl + ": set scalemart.user.shards.initial");
		}
		String options = (url.group(3) != null) ? url.group(3) + "&" : "?";
		return url.group(1) + url.group(2) + "_" + suffix + options + "createDatabaseIfNotExist=true";
	}

}
