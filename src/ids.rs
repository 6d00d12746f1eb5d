//! Typed indexes: pages, sections, translation groups and languages each have their own kind
//! of id, so that one is never taken for another, and [`IdVec`] is a vector indexed by one
//! kind of id only.

use std::marker::PhantomData;
use std::ops::{Index, IndexMut};

use rayon::iter::{FromParallelIterator, IntoParallelIterator};

/// A position in an [`IdVec`].
pub(crate) trait Id: Copy {
    fn new(index: usize) -> Self;
    fn index(self) -> usize;
}

/// Declares an id type: `id!(/// Doc. PageId);`.
macro_rules! id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub(crate) struct $name(u32);

        impl $crate::ids::Id for $name {
            fn new(index: usize) -> Self {
                // Everything a site has is in memory at once, so far fewer than 2^32 of it.
                $name(u32::try_from(index).expect("fewer than 2^32 items"))
            }

            fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}
pub(crate) use id;

/// A vector whose items are reached by one kind of id (`site.pages[id]`), never by a bare
/// number or another kind of id.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct IdVec<I, T> {
    items: Vec<T>,
    ids: PhantomData<fn(I) -> I>,
}

impl<I: Id, T> IdVec<I, T> {
    pub(crate) fn new() -> Self {
        Self::from(Vec::new())
    }

    pub(crate) fn with_capacity(capacity: usize) -> Self {
        Self::from(Vec::with_capacity(capacity))
    }

    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Adds `item` and returns its id.
    pub(crate) fn push(&mut self, item: T) -> I {
        let id = self.next_id();
        self.items.push(item);
        id
    }

    /// The id the next pushed item gets.
    pub(crate) fn next_id(&self) -> I {
        I::new(self.items.len())
    }

    pub(crate) fn get(&self, id: I) -> Option<&T> {
        self.items.get(id.index())
    }

    /// Every id, in order.
    pub(crate) fn ids(&self) -> impl DoubleEndedIterator<Item = I> + ExactSizeIterator + use<I, T> {
        (0..self.items.len()).map(I::new)
    }

    /// Every id, in parallel.
    pub(crate) fn par_ids(&self) -> impl rayon::iter::IndexedParallelIterator<Item = I> + use<I, T>
    where
        I: Send,
    {
        use rayon::iter::ParallelIterator;
        (0..self.items.len()).into_par_iter().map(I::new)
    }

    pub(crate) fn iter(&self) -> std::slice::Iter<'_, T> {
        self.items.iter()
    }

    /// Every item with its id, in order.
    pub(crate) fn with_ids(&self) -> impl DoubleEndedIterator<Item = (I, &T)> + ExactSizeIterator {
        self.items
            .iter()
            .enumerate()
            .map(|(n, item)| (I::new(n), item))
    }

    /// Every item with its id, to change.
    pub(crate) fn with_ids_mut(&mut self) -> impl Iterator<Item = (I, &mut T)> {
        (self.items.iter_mut().enumerate()).map(|(n, item)| (I::new(n), item))
    }
}

impl<I: Id, T> Default for IdVec<I, T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<I, T: std::fmt::Debug> std::fmt::Debug for IdVec<I, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.items.fmt(f)
    }
}

impl<I, T> From<Vec<T>> for IdVec<I, T> {
    fn from(items: Vec<T>) -> Self {
        IdVec {
            items,
            ids: PhantomData,
        }
    }
}

impl<I: Id, T> Index<I> for IdVec<I, T> {
    type Output = T;

    fn index(&self, id: I) -> &T {
        &self.items[id.index()]
    }
}

impl<I: Id, T> IndexMut<I> for IdVec<I, T> {
    fn index_mut(&mut self, id: I) -> &mut T {
        &mut self.items[id.index()]
    }
}

impl<I, T> FromIterator<T> for IdVec<I, T> {
    fn from_iter<It: IntoIterator<Item = T>>(items: It) -> Self {
        Self::from(Vec::from_iter(items))
    }
}

impl<I, T: Send> FromParallelIterator<T> for IdVec<I, T> {
    fn from_par_iter<P: IntoParallelIterator<Item = T>>(items: P) -> Self {
        Self::from(Vec::from_par_iter(items))
    }
}

impl<'a, I, T> IntoIterator for &'a IdVec<I, T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<'a, I, T> IntoIterator for &'a mut IdVec<I, T> {
    type Item = &'a mut T;
    type IntoIter = std::slice::IterMut<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter_mut()
    }
}

impl<I, T> IntoIterator for IdVec<I, T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}
