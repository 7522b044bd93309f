package dev.taskchat.web.tag;

import dev.taskchat.domain.error.ConflictException;
import dev.taskchat.domain.error.NotFoundException;
import dev.taskchat.domain.tag.Tag;
import dev.taskchat.domain.tag.TagName;
import dev.taskchat.domain.tag.TagRepository;
import dev.taskchat.web.account.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Use cases on tags; each is one transaction. */
@ApplicationScoped
@Transactional
public class TagService {
    @Inject
    TagRepository tags;

    public TagListView list(Caller caller) {
        return new TagListView(
                tags.usage(caller.userId()).stream().map(TagView::of).toList());
    }

    /** Renames a tag on every task at once. */
    public TagView rename(Caller caller, TagName from, TagName to) {
        Tag tag = find(caller, from);
        if (!from.equals(to)) {
            if (tags.find(caller.userId(), to).isPresent()) {
                throw new ConflictException("tag-exists", "there is already a tag #" + to);
            }
            tag.rename(to);
            tags.update(tag);
        }
        return usage(caller, to);
    }

    public void delete(Caller caller, TagName name) {
        tags.remove(find(caller, name));
    }

    private Tag find(Caller caller, TagName name) {
        return tags.find(caller.userId(), name).orElseThrow(() -> new NotFoundException("tag", "#" + name));
    }

    private TagView usage(Caller caller, TagName name) {
        return tags.usage(caller.userId()).stream()
                .filter(usage -> usage.name().equals(name.value()))
                .findFirst()
                .map(TagView::of)
                .orElse(new TagView(name.value(), 0, 0));
    }
}
